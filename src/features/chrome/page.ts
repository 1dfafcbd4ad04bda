/**
 * The one script every page loads (under 2 kB compressed, tested in page-weight-budgets): the
 * search loader and the print date. Static imports, so the build emits a single small file;
 * the search code itself is fetched only when the reader opens search.
 */
import './print-date';
import '../search/search-loader';

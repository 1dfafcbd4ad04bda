/**
 * The one script every page loads (under 2 kB compressed, tested in page-weight-budgets): the
 * search loader, the print date and the folds that follow the screen width. Static imports, so the build emits a single small file;
 * the search code itself is fetched only when the reader opens search.
 */
import './print-date';
import './fold-on-phone';
import '../search/search-loader';

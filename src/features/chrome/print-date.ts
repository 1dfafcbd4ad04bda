/**
 * Print only: writes the reader's local date into "Printed from … on <date>" (PrintedFrom.astro),
 * on load and again on `beforeprint`, for a tab left open overnight. CSS cannot print today's
 * date, and the browser's own print header is optional and often off. Without JavaScript the
 * sentence simply ends after the address: the part holding the date stays hidden.
 */
function stampPrintDate(): void {
  const now = new Date();
  for (const time of document.querySelectorAll<HTMLTimeElement>('time[data-print-date]')) {
    const lang = document.documentElement.lang;
    time.textContent = now.toLocaleDateString(lang === 'en' ? 'en-GB' : lang, { day: 'numeric', month: 'long', year: 'numeric' });
    time.dateTime = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
    time.closest('[hidden]')?.removeAttribute('hidden');
  }
}

stampPrintDate();
addEventListener('beforeprint', stampPrintDate);

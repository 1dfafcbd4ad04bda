/**
 * Print only: writes the reader's local date into "Printed from … on <date>" (PrintedFrom.astro)
 * when the page is about to print (`beforeprint`, and the print media query, which browsers and
 * print previews switch on before laying out for paper). Not on load: the first localized date
 * costs the browser its locale data, 15–25 ms of main thread on a desktop and four times that on a
 * phone (Lighthouse's total blocking time), for a sentence only paper shows. CSS cannot print
 * today's date, and the browser's own print header is optional and often off. Without JavaScript
 * the sentence simply ends after the address: the part holding the date stays hidden.
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

addEventListener('beforeprint', stampPrintDate);
globalThis.matchMedia?.('print').addEventListener('change', (event) => {
  if (event.matches) stampPrintDate();
});

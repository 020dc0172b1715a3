/**
 * "Kopieer link" (ShareLinks.astro) with JavaScript: a click copies the link's absolute URL and
 * says so, on the link and in the page's status region, and the reader stays where they are.
 * Where the Web Share API exists, a "Deel" button beside the link opens the share sheet.
 * Without JavaScript the link simply leads to the deep link.
 */
const COPY_TEXT = 'Kopieer link';
const COPIED_TEXT = 'Link gekopieerd';

function announce(message: string): void {
  const status = document.getElementById('live-status');
  if (!status) return;
  status.textContent = '';
  // A fresh text node after clearing makes screen readers announce repeated messages too.
  window.setTimeout(() => (status.textContent = message), 50);
}

async function copy(link: HTMLAnchorElement, event: MouseEvent): Promise<void> {
  if (!navigator.clipboard?.writeText) return; // no Clipboard API: follow the link instead
  event.preventDefault();
  try {
    await navigator.clipboard.writeText(link.href);
  } catch {
    window.location.assign(link.href);
    return;
  }
  const text = link.querySelector('[data-copy-text]');
  if (text) {
    text.textContent = COPIED_TEXT;
    window.setTimeout(() => (text.textContent = COPY_TEXT), 2500);
  }
  announce(`${COPIED_TEXT}: ${link.href}`);
}

/** "Deel" for one link: the label names what is shared ("conclusie 2"), for the share sheet and screen readers. */
function shareButton(link: HTMLAnchorElement, label: string): HTMLButtonElement {
  const button = document.createElement('button');
  button.type = 'button';
  const forScreenReaders = Object.assign(document.createElement('span'), { className: 'sr-only', textContent: ` ${label}` });
  button.append('Deel', forScreenReaders);
  button.addEventListener('click', () => {
    navigator.share({ title: label, url: link.href }).catch(() => {
      // The reader closed the share sheet: nothing to do.
    });
  });
  return button;
}

export function enhanceShareLinks(): void {
  for (const link of document.querySelectorAll<HTMLAnchorElement>('a[data-copy-link]')) {
    link.addEventListener('click', (event) => void copy(link, event));
    if (typeof navigator.share === 'function') link.after(shareButton(link, link.dataset.copyLink ?? ''));
  }
}

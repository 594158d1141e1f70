/**
 * Copy buttons: a link (data-copy-url, made absolute against this page's
 * address so it works on any host and sub-path) or the text just before the
 * button (a citation). The buttons stay hidden without JavaScript or a
 * clipboard; the status element next to each button announces the result.
 */
async function writeClipboard(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  const area = Object.assign(document.createElement('textarea'), { value: text });
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

function textToCopy(button: HTMLButtonElement): string {
  const url = button.dataset.copyUrl;
  if (url) return new URL(url, location.href).href;
  return button.closest('.copy')?.previousElementSibling?.textContent?.trim() ?? '';
}

async function copy(button: HTMLButtonElement): Promise<void> {
  const status = button.nextElementSibling as HTMLElement;
  try {
    await writeClipboard(textToCopy(button));
    status.textContent = button.dataset.copyDone ?? '';
    button.dataset.copied = 'true';
  } catch {
    status.textContent = button.dataset.copyFailed ?? '';
  }
  setTimeout(() => {
    status.textContent = '';
    delete button.dataset.copied;
  }, 4000);
}

for (const button of document.querySelectorAll<HTMLButtonElement>('button.copy-button')) {
  delete button.dataset.pending;
  button.addEventListener('click', () => void copy(button));
}

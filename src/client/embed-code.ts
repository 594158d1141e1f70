/** Keeps the embed code pointing at the origin this page is served from, with the chosen theme, and copies it. */
export function startEmbedCode(section: HTMLElement): void {
  const configured = section.dataset.siteOrigin!;
  const codes = [...section.querySelectorAll<HTMLElement>('pre.code')];
  const originals = codes.map((pre) => pre.textContent!.split(configured).join(location.origin));
  const render = (theme: string) => codes.forEach((pre, i) => (pre.textContent = originals[i].replace('?theme=auto', `?theme=${theme}`)));
  render('auto');
  section.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    if (input.name === 'embed-theme') render(input.value);
  });
  const status = section.querySelector<HTMLElement>('[data-copy-status]')!;
  section.addEventListener('click', async (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-copy]');
    if (!button) return;
    await navigator.clipboard.writeText(document.getElementById(button.dataset.copy!)!.textContent!);
    status.textContent = '';
    status.textContent = status.dataset.copiedText!;
  });
}

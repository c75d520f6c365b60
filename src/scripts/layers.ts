/**
 * Optional enhancement for the annotation layers (LayerControls.astro; the stylesheet applies
 * the choice without JavaScript). With it the choice lives in the address:
 * `?show=corrections,claims` names the layers shown (all, when absent) and
 * `?reading=corrected` the reading, so a shared link — a passage link too, whose address
 * is this page's — opens the same way, and Back restores the previous choice. Each change
 * is announced in the page's live region ("Kontekst: …: skjult").
 */
import { announce } from './status';

const layers = document.getElementById('layers');
const inputs = [...document.querySelectorAll<HTMLInputElement>('.legend input')];

/** Sets the controls from the address. */
function fromAddress(): void {
  const query = new URLSearchParams(location.search);
  const shown = query.get('show')?.split(',');
  for (const i of inputs) i.checked = i.name === 'show' ? !shown || shown.includes(i.value) : i.value === (query.get('reading') ?? 'published');
}

if (layers) {
  fromAddress();
  addEventListener('popstate', fromAddress);
  layers.parentElement!.addEventListener('change', (event) => {
    const input = event.target as HTMLInputElement;
    // Only what differs from the default (every layer, as published) is written.
    const query = new URLSearchParams(location.search);
    const shown = inputs.filter((i) => i.name === 'show');
    const on = shown.filter((i) => i.checked).map((i) => i.value);
    if (on.length < shown.length) query.set('show', on.join() || 'none');
    else query.delete('show');
    if (input.name === 'reading') {
      if (input.value === 'published') query.delete('reading');
      else query.set('reading', input.value);
    }
    const search = String(query).replaceAll('%2C', ',');
    try {
      history.pushState(null, '', location.pathname + (search && `?${search}`) + location.hash);
    } catch {
      // A browser may refuse to change a file:// address; the choice still shows.
    }
    announce(input.labels![0]!.textContent!.trim() + (input.name === 'show' ? `: ${layers.dataset[input.checked ? 'on' : 'off']}` : ''));
  });
}

export {};

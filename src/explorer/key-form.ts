import { keyStore } from './api';
import { byId } from './dom';

/**
 * The API key menu. A new key (or none) reloads everything, since what the API shows depends on it
 * (a reader does not see what an editor sees).
 */
export class KeyForm {
  private readonly menu = byId<HTMLDetailsElement>('key');
  private readonly input = byId<HTMLInputElement>('key-input');
  private readonly summary = byId('key-summary');

  constructor(private readonly changed: () => void) {
    byId<HTMLFormElement>('key-form').addEventListener('submit', (event) => {
      event.preventDefault();
      this.use(this.input.value.trim() || undefined);
    });
    byId('key-forget').addEventListener('click', () => this.use(undefined));
    this.label();
  }

  /** Opens the menu and puts the cursor in the key field (the page says why beside it). */
  ask(): void {
    this.menu.open = true;
    this.input.focus();
  }

  private use(key: string | undefined): void {
    keyStore.set(key);
    this.input.value = '';
    this.menu.open = false;
    this.label();
    this.changed();
  }

  private label(): void {
    this.summary.textContent = keyStore.get() ? 'API key ✓' : 'API key';
  }
}

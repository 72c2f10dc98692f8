import { LihCombobox } from './combobox.js';
import { defineOnce } from './define.js';

defineOnce('lih-combobox', LihCombobox);

declare global {
  interface HTMLElementTagNameMap {
    'lih-combobox': LihCombobox;
  }
}

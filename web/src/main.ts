// The viewer's entry: builds the page and opens whatever it was served or inlined with.
import './styles.css';
import { App } from './app/app.js';

const root = document.getElementById('app');
if (root) {
  const app = new App(root);
  (window as unknown as { handoff: App }).handoff = app;
  void app.start();
}

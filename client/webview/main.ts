// The challenge panel's script. The panel is a placeholder until the challenges land; it says so plainly.
const app = document.getElementById('app');
if (app) {
  const text = document.createElement('p');
  text.textContent = 'Label-smoothing practice challenges will appear here.';
  app.replaceChildren(text);
}

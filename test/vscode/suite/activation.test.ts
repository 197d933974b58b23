import { activateLabelSmoothingLab } from './extensionApi';
import { withDeadline } from './poll';

suite('activation', () => {
  test('the extension activates and its language server answers initialize', async () => {
    const api = await activateLabelSmoothingLab();
    await withDeadline(api.serverReady, 'the language server to answer initialize');
  });
});

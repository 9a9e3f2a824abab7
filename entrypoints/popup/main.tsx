// The toolbar popup's entry: mounts the Preact app (src/ui/popup).
import { render } from 'preact';
import '../../src/ui/popup/popup.css';
import { App } from '../../src/ui/popup/App';

render(<App />, document.getElementById('app')!);

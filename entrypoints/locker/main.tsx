import { render } from 'preact';
import '@/components/styles.css';
import './locker.css';
import { App } from './App';

document.title = 'Reinstate Locker';
render(<App />, document.getElementById('app')!);

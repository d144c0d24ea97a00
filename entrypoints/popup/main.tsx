import { render } from 'preact';
import '@/components/styles.css';
import './popup.css';
import { App } from './App';
import { uiLanguage } from '@/utils/i18n';

document.documentElement.lang = uiLanguage();

render(<App />, document.getElementById('app')!);

import { render } from 'preact';
import '@/components/styles.css';
import './locker.css';
import { App } from './App';
import { t, uiLanguage } from '@/utils/i18n';

document.documentElement.lang = uiLanguage();
document.title = t('lockerTitle');
render(<App />, document.getElementById('app')!);

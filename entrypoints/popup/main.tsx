// First: starts the read of the current case before the modules below are evaluated.
import { heading } from './early';
import '@/components/styles.css';
import './popup.css';
import { start } from './start';

start(heading);

/** Entry point of the viewer: registers `<lawdiff-app>`, which index.html places on the page, and the service worker. */
import { startOffline } from './app/offline.js';
import './ui/shell/lawdiff-app.js';

startOffline();

/** Entry point of the viewer: registers `<lawdiff-app>`, which index.html places on the page. */
import './ui/app.js';

// Entry of /embed.js: installs the host side as soon as a course page loads it.
import { startHost } from './host';

startHost();

/** One of the processes that finish pages in parallel (see finishPages.ts). */
import { finishFile } from './finishPages';
import { serveShare } from './spreadOverCores';

serveShare(finishFile);

import { startEmbedFrame } from './embed-frame.ts';

startEmbedFrame();

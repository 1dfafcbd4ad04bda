/** /es/updates.xml: the Spanish updates feed (src/features/review/feed-route.ts). */
import { feedRoute } from '../../features/review/feed-route';

export const { getStaticPaths, GET } = feedRoute('es');

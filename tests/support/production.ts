/* What only a development build of Starlight shows: the built site must never contain it. */
export const DEV_SEARCH_PLACEHOLDER = 'Search is only available in production builds';

export { inspectHtml, EAGER_PAGES, type InspectInput } from './html.js';

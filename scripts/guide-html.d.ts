/** Types of scripts/guide-html.js (the user guide as a web page). */
export declare function guideHtml(markdown: string): string;
export declare function markdownToHtml(markdown: string): string;
export declare const GUIDE_CSP: string;

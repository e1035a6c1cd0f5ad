/** Debian's Chromium, or CHROMIUM_PATH. */
export declare const CHROMIUM_PATH: string
/** Headless without a sandbox or GPU, and with no background traffic. */
export declare const CHROMIUM_ARGS: string[]

// The report entry point (send-placement/report): charts and HTML. Filled in by issue 7.
export {};

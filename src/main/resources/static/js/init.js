// Loaded first thing in <body>: GOV.UK Frontend styles components for JavaScript only once
// these classes are set (kept in a file rather than inline so the Content-Security-Policy can
// forbid inline scripts).
document.body.className += ' js-enabled' + ('noModule' in HTMLScriptElement.prototype ? ' govuk-frontend-supported' : '');

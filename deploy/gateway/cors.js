// CORS allow-list for the gateway (njs 0.7.9).
//
// $cors_allowed_origins is a space-separated list. An entry is either an exact origin
// ("https://app.parksuite.example") or, when it starts with "~", a regular expression that
// must match the whole origin ("~https://[a-z0-9-]+\.parksuite\.example"; anchored here, so it
// needs no ^ or $). The request's Origin is echoed back when an entry matches, otherwise the
// result is empty and nginx sends no CORS headers at all.

function allowedOrigin(r) {
    const origin = r.headersIn.Origin;
    if (!origin) {
        return '';
    }
    const entries = (r.variables.cors_allowed_origins || '').split(/\s+/);
    for (let i = 0; i < entries.length; i++) {
        const entry = entries[i];
        if (entry.length === 0) {
            continue;
        }
        if (entry.charAt(0) === '~') {
            try {
                if (new RegExp('^(?:' + entry.slice(1) + ')$').test(origin)) {
                    return origin;
                }
            } catch (e) {
                r.error('CORS_ALLOWED_ORIGINS entry is not a valid regular expression: ' + entry);
            }
        } else if (entry === origin) {
            return origin;
        }
    }
    return '';
}

export default {allowedOrigin};

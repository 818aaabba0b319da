// Rate-limit key and Retry-After for the gateway (njs 0.7.9).
//
// The per-token key is a SHA-256 of the whole Authorization header. nginx's limit_req runs
// before any auth_request and njs 0.7.9 cannot verify an RS256 signature, so no claim of the
// token can be trusted here: keyed on an unverified azp or sub, a forged token would drain
// another client's bucket, and a random header would get a fresh one. A hash of the whole token
// belongs to whoever holds that token; random headers are bounded by the per-address zone
// (nginx.conf.template), which every request also passes.

import crypto from 'crypto';

function sha256(value) {
    return crypto.createHash('sha256').update(value).digest('base64url');
}

// token:<sha256 of the Authorization header>, or "" (not counted) for a request without one.
function clientKey(r) {
    const authorization = r.headersIn.Authorization;
    if (!authorization) {
        return '';
    }
    return 'token:' + sha256(authorization);
}

// Seconds for one request's share of a rate ("20r/s" -> 1, "30r/m" -> 2); 1 when unreadable.
function share(rate) {
    const match = /^(\d+)r\/([sm])$/.exec(rate || '');
    if (!match || Number(match[1]) === 0) {
        return 1;
    }
    const period = match[2] === 'm' ? 60 : 1;
    return Math.max(1, Math.ceil(period / Number(match[1])));
}

// Seconds until both buckets have room again: the slower of the per-token rate
// ($rate_limit_rate) and the per-address rate ($rate_limit_address_rate).
function retryAfter(r) {
    return String(Math.max(share(r.variables.rate_limit_rate), share(r.variables.rate_limit_address_rate)));
}

export default {clientKey, retryAfter};

// Rate-limit key and Retry-After for the gateway (njs 0.7.9).
//
// The key identifies the calling client, not its IP address: many government systems share
// egress addresses. The token is decoded WITHOUT verifying its signature (the services verify
// it), so the limit keeps well-behaved clients from starving each other; a caller that forges
// tokens to pick its own key still gets 401 from every service.

import crypto from 'crypto';

// Longer claim values are hashed so that a key never costs more than this in the zone.
const MAX_CLAIM_LENGTH = 128;

function sha256(value) {
    return crypto.createHash('sha256').update(value).digest('base64url');
}

function claimKey(prefix, value) {
    if (typeof value === 'number') {
        value = String(value);
    }
    if (typeof value !== 'string' || value.length === 0) {
        return null;
    }
    return prefix + (value.length > MAX_CLAIM_LENGTH ? sha256(value) : value);
}

// The payload of a compact JWS ("header.payload.signature"), or null.
function jwtPayload(authorization) {
    const match = /^Bearer\s+([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]*)$/i.exec(authorization.trim());
    if (!match) {
        return null;
    }
    try {
        const payload = JSON.parse(Buffer.from(match[2], 'base64url').toString());
        return payload !== null && typeof payload === 'object' && !Array.isArray(payload) ? payload : null;
    } catch (e) {
        return null;
    }
}

// client:<azp|client_id>, sub:<sub>, auth:<sha256 of the Authorization header>, ip:<address>
function clientKey(r) {
    const authorization = r.headersIn.Authorization;
    if (!authorization) {
        return 'ip:' + r.remoteAddress;
    }
    const payload = jwtPayload(authorization);
    if (payload) {
        const key = claimKey('client:', payload.azp)
            || claimKey('client:', payload.client_id)
            || claimKey('sub:', payload.sub);
        if (key) {
            return key;
        }
    }
    return 'auth:' + sha256(authorization);
}

// Seconds until the bucket has room again: one request's share of the configured rate
// ("20r/s" -> 1, "30r/m" -> 2), read from $rate_limit_rate.
function retryAfter(r) {
    const match = /^(\d+)r\/([sm])$/.exec(r.variables.rate_limit_rate || '');
    if (!match || Number(match[1]) === 0) {
        return '1';
    }
    const period = match[2] === 'm' ? 60 : 1;
    return String(Math.max(1, Math.ceil(period / Number(match[1]))));
}

export default {clientKey, retryAfter};

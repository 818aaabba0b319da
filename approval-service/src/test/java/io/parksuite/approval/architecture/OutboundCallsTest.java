package io.parksuite.approval.architecture;

import io.parksuite.approval.service.S3MaterialStore;
import io.parksuite.testing.OutboundCallsContract;

import java.util.Set;

class OutboundCallsTest extends OutboundCallsContract {

    @Override
    protected String basePackage() {
        return "io.parksuite.approval";
    }

    /** The S3-compatible material store, whose endpoint and bucket come from configuration. */
    @Override
    protected Set<Class<?>> adapters() {
        return Set.of(S3MaterialStore.class);
    }
}

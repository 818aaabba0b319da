package io.parksuite.enterprise.architecture;

import io.parksuite.testing.OutboundCallsContract;

class OutboundCallsTest extends OutboundCallsContract {

    @Override
    protected String basePackage() {
        return "io.parksuite.enterprise";
    }
}

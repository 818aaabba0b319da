package io.parksuite.indicator.architecture;

import io.parksuite.testing.OutboundCallsContract;

class OutboundCallsTest extends OutboundCallsContract {

    @Override
    protected String basePackage() {
        return "io.parksuite.indicator";
    }
}

package io.parksuite.approval.architecture;

import io.parksuite.testing.EventCatalogueContract;

class EventCatalogueTest extends EventCatalogueContract {

    @Override
    protected String basePackage() {
        return "io.parksuite.approval";
    }

    @Override
    protected String serviceName() {
        return "approval-service";
    }
}

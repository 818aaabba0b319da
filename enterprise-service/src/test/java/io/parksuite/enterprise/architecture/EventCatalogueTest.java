package io.parksuite.enterprise.architecture;

import io.parksuite.testing.EventCatalogueContract;

class EventCatalogueTest extends EventCatalogueContract {

    @Override
    protected String basePackage() {
        return "io.parksuite.enterprise";
    }

    @Override
    protected String serviceName() {
        return "enterprise-service";
    }
}

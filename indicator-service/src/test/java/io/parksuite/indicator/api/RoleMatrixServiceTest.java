package io.parksuite.indicator.api;

import io.parksuite.testing.KafkaTestBroker;
import io.parksuite.testing.RoleMatrixContract;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.common.TestResourceScope;
import io.quarkus.test.common.WithTestResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every operation of the indicator service against contracts/security/indicator.csv, for every role;
 * periods in paths are not over yet, so an allowed publication changes nothing in the shared database.
 */
@QuarkusTest
@WithTestResource(value = KafkaTestBroker.class, scope = TestResourceScope.MATCHING_RESOURCES,
        initArgs = @ResourceArg(name = "topics", value = "enterprise.events,indicator-service.enterprise.events.dlq,project.events,indicator-service.project.events.dlq,approval.events,indicator-service.approval.events.dlq"))
class RoleMatrixServiceTest extends RoleMatrixContract {

    @Override
    protected String matrix() {
        return "indicator";
    }

    /** A period not over yet, so that a statistics-office call to publish it publishes nothing. */
    @Override
    protected String pathValue(String name) {
        return name.equals("period") ? "2099-06" : super.pathValue(name);
    }
}

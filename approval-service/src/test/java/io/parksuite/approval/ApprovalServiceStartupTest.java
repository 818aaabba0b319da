package io.parksuite.approval;

import io.parksuite.testing.ServiceStartupContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ApprovalServiceStartupTest extends ServiceStartupContract {
}

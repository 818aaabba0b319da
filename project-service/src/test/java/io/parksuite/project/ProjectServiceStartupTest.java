package io.parksuite.project;

import io.parksuite.testing.ServiceStartupContract;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ProjectServiceStartupTest extends ServiceStartupContract {
}

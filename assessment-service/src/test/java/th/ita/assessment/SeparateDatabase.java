package th.ita.assessment;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The fuzz suite and the access matrix change data that other tests count (agencies, frameworks,
 * imports), so they run in an application of their own, on fresh infrastructure.
 */
public class SeparateDatabase implements QuarkusTestProfile {}

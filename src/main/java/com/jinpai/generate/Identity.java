package com.jinpai.generate;

/** The descriptive columns of a customer row. */
record Identity(String name, String msisdn, String brand, String region, Type type, String groupId) {

    enum Type { INDIVIDUAL, GROUP, STUDENT }
}

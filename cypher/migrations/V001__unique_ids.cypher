// Every node of the community-care model has a unique string id (the public contract analysts and import files use).
CREATE CONSTRAINT area_id IF NOT EXISTS FOR (n:Area) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT resident_id IF NOT EXISTS FOR (n:Resident) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT organization_id IF NOT EXISTS FOR (n:Organization) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_kind_id IF NOT EXISTS FOR (n:ServiceKind) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT service_kind_code IF NOT EXISTS FOR (n:ServiceKind) REQUIRE n.code IS UNIQUE;
CREATE CONSTRAINT individual_network_id IF NOT EXISTS FOR (n:IndividualNetwork) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT provider_network_id IF NOT EXISTS FOR (n:ProviderNetwork) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT council_id IF NOT EXISTS FOR (n:Council) REQUIRE n.id IS UNIQUE;

// Indexes for the questions coordinators ask most: by area level, organization type, person role, care level.
CREATE INDEX area_level IF NOT EXISTS FOR (n:Area) ON (n.level);
CREATE INDEX organization_type IF NOT EXISTS FOR (n:Organization) ON (n.type);
CREATE INDEX person_role IF NOT EXISTS FOR (n:Person) ON (n.role);
CREATE INDEX coordinator_layer IF NOT EXISTS FOR (n:Coordinator) ON (n.layer);
CREATE INDEX resident_care_level IF NOT EXISTS FOR (n:Resident) ON (n.careLevel);
CREATE INDEX provider_network_scope IF NOT EXISTS FOR (n:ProviderNetwork) ON (n.scope, n.service);

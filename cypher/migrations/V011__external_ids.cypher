// External ids an import matches providers by (issue 16): 事業所番号 (介護保険の事業所番号, 10 digits) and 法人番号
// (the National Tax Agency's corporate number, 13 digits), as kept from the national care-provider open data.
CREATE INDEX organization_office_number IF NOT EXISTS FOR (n:Organization) ON (n.officeNumber);
CREATE INDEX organization_corporate_number IF NOT EXISTS FOR (n:Organization) ON (n.corporateNumber);

-- The lead list at 2,000,000 leads (bench/RESULTS.md, "Leads"). A source and a status together are read from
-- one index (the Kanban's columns for one source), and the words of a search find contacts by first name,
-- email or phone as contacts_name finds them by last name: without these, a search by phone read every contact
-- of the agency (33 s at 2,000,000).
CREATE INDEX leads_source_status ON leads (agency_id, source, status, created_at, id);
CREATE INDEX contacts_first_name ON contacts (agency_id, first_name);
CREATE INDEX contacts_email ON contacts (agency_id, email);
CREATE INDEX contacts_phone ON contacts (agency_id, phone);

-- A staff member belongs to one unit of their authority; chosen by the förbund's administrator.
ALTER TABLE staff_member ADD COLUMN unit_id BIGINT REFERENCES unit (id);

-- Demo data: one förbund with its five member authorities, its own office, and a few units each.
INSERT INTO forbund (name) VALUES ('Samordningsförbundet Södertälje–Nykvarn');

INSERT INTO agency (forbund_id, code, name)
SELECT f.id, a.code, a.name
FROM forbund f,
     (VALUES ('FK', 'Försäkringskassan'),
             ('AF', 'Arbetsförmedlingen'),
             ('REGION', 'Region Stockholm'),
             ('KOMMUN-0181', 'Södertälje kommun'),
             ('KOMMUN-0140', 'Nykvarns kommun'),
             ('FORBUND', 'Samordningsförbundet Södertälje–Nykvarn')) AS a (code, name)
WHERE f.name = 'Samordningsförbundet Södertälje–Nykvarn';

INSERT INTO unit (agency_id, name)
SELECT ag.id, u.name
FROM agency ag
JOIN (VALUES ('FK', 'Lokalt försäkringscenter Södertälje'),
             ('FK', 'Försäkringsutredning Stockholm syd'),
             ('AF', 'Arbetsförmedlingen Södertälje'),
             ('AF', 'Rehabiliterande insatser Södertälje–Nykvarn'),
             ('REGION', 'Vårdcentral Södertälje'),
             ('REGION', 'Vårdcentral Nykvarn'),
             ('REGION', 'Psykiatrisk mottagning Södertälje'),
             ('KOMMUN-0181', 'Socialkontoret Södertälje'),
             ('KOMMUN-0181', 'Arbetsmarknadsenheten Södertälje'),
             ('KOMMUN-0140', 'Socialtjänsten Nykvarn'),
             ('FORBUND', 'Förbundskansliet')) AS u (agency_code, name)
  ON u.agency_code = ag.code;

-- Usage is summed while its file is read: one row per usage day, customer and file instead of one
-- per day, customer and service. Every read of usage wants a day range: the rated amount per service
-- (the open month's estimate) and the days with any usage of positive quantity (RFM recency and
-- frequency, DORMANT). Rated amounts in ten-thousandths of a yuan (the export's 4 decimals), so a sum
-- over days is exact and rounds to fen once, as the SUM over usage_daily did. services: the bit of
-- every service the row holds (VOICE 1, SMS 2, DATA 4, ROAMING 8), so that a later file's row for a
-- customer, day and service already held stays out (the first one counts, as before); active: some
-- service held has a positive quantity.
CREATE TABLE usage_day (
    usage_date     DATE         NOT NULL,
    customer_id    VARCHAR(32)  NOT NULL,
    file_id        BIGINT       NOT NULL,
    voice_rated    BIGINT       NOT NULL,
    sms_rated      BIGINT       NOT NULL,
    data_rated     BIGINT       NOT NULL,
    roaming_rated  BIGINT       NOT NULL,
    services       SMALLINT     NOT NULL,
    active         BOOLEAN      NOT NULL,
    PRIMARY KEY (usage_date, customer_id, file_id)
);

INSERT INTO usage_day (usage_date, customer_id, file_id, voice_rated, sms_rated, data_rated, roaming_rated,
        services, active)
SELECT usage_date, customer_id, file_id,
       SUM(CASE WHEN service = 'VOICE' THEN rated_amount * 10000 ELSE 0 END),
       SUM(CASE WHEN service = 'SMS' THEN rated_amount * 10000 ELSE 0 END),
       SUM(CASE WHEN service = 'DATA' THEN rated_amount * 10000 ELSE 0 END),
       SUM(CASE WHEN service = 'ROAMING' THEN rated_amount * 10000 ELSE 0 END),
       SUM(CASE service WHEN 'VOICE' THEN 1 WHEN 'SMS' THEN 2 WHEN 'DATA' THEN 4 WHEN 'ROAMING' THEN 8 ELSE 0 END),
       MAX(CASE WHEN quantity > 0 THEN 1 ELSE 0 END) = 1
FROM usage_daily
GROUP BY usage_date, customer_id, file_id;

DROP TABLE usage_daily;

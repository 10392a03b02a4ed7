-- BizTalk Log Shipping Console lab: the lab's own stand-in for LogShipping_Destination_Logic.sql
-- from the BizTalk Server Schema folder. It is not Microsoft's script. The lab records each
-- procedure this script creates in master and runs its own implementation of it; the bodies
-- below are placeholders that only say what the procedure does.
DROP PROCEDURE IF EXISTS [dbo].[bts_ConfigureBizTalkLogShipping]
GO
CREATE PROCEDURE [dbo].[bts_ConfigureBizTalkLogShipping]
    @nvcDescription nvarchar(500),
    @nvcMgmtDatabaseName nvarchar(128),
    @nvcMgmtServerName nvarchar(128),
    @SourceServerName nvarchar(128) = NULL,
    @fLinkServers bit = 0
AS
BEGIN
    SET NOCOUNT ON
    -- Lab placeholder: links the management server (@fLinkServers = 1), lists the source
    -- databases in bts_LogShippingDatabases, records the source in bts_LogShippingSource and
    -- creates the three BTS Log Shipping jobs, disabled.
    RETURN 0
END
GO
DROP PROCEDURE IF EXISTS [dbo].[sp_LogShippingClean]
GO
CREATE PROCEDURE [dbo].[sp_LogShippingClean]
    @SourceID nvarchar(500)
AS
BEGIN
    SET NOCOUNT ON
    -- Lab placeholder: drops the databases restored from that source, forgets its last restored
    -- set and clears the Restored flags, so that the restore job starts again from a full set.
    RETURN 0
END
GO

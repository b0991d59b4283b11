using BilateralRelations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;

namespace BilateralRelations.Web.Data;

public sealed class RelationsDbContext(DbContextOptions<RelationsDbContext> options) : DbContext(options)
{
    public DbSet<Country> Countries => Set<Country>();
    public DbSet<Relation> Relations => Set<Relation>();
    public DbSet<ArticleSection> ArticleSections => Set<ArticleSection>();
    public DbSet<Visit> Visits => Set<Visit>();
    public DbSet<VisitParticipant> VisitParticipants => Set<VisitParticipant>();
    public DbSet<Person> People => Set<Person>();
    public DbSet<PersonSpelling> PersonSpellings => Set<PersonSpelling>();
    public DbSet<Agreement> Agreements => Set<Agreement>();
    public DbSet<DiplomaticMission> Missions => Set<DiplomaticMission>();
    public DbSet<Ambassador> Ambassadors => Set<Ambassador>();
    public DbSet<SisterCityPair> SisterCities => Set<SisterCityPair>();
    public DbSet<Membership> Memberships => Set<Membership>();
    public DbSet<Event> Events => Set<Event>();
    public DbSet<ImportDiagnostic> ImportDiagnostics => Set<ImportDiagnostic>();
    public DbSet<DatasetProperty> Dataset => Set<DatasetProperty>();

    protected override void OnModelCreating(ModelBuilder modelBuilder) =>
        modelBuilder.ApplyConfigurationsFromAssembly(typeof(RelationsDbContext).Assembly);

    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        // Enums as their names: the database stays readable and survives reordering of enum members.
        configurationBuilder.Properties<Core.Dates.DatePrecision>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<Core.Facts.VisitKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Core.Facts.VisitTier>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Core.Facts.MissionKind>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Core.Facts.MembershipStatus>().HaveConversion<string>().HaveMaxLength(20);
        configurationBuilder.Properties<Core.Facts.EventKind>().HaveConversion<string>().HaveMaxLength(30);
        configurationBuilder.Properties<Core.Facts.DiagnosticSeverity>().HaveConversion<string>().HaveMaxLength(10);
        configurationBuilder.Properties<Core.Articles.ArticleFormat>().HaveConversion<string>().HaveMaxLength(20);
    }
}

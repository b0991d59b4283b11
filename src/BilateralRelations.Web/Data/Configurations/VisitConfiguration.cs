using BilateralRelations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BilateralRelations.Web.Data.Configurations;

internal sealed class VisitConfiguration : IEntityTypeConfiguration<Visit>
{
    public void Configure(EntityTypeBuilder<Visit> builder)
    {
        builder.HasIndex(v => v.Slug).IsUnique();
        builder.HasIndex(v => new { v.StartDate, v.EndDate });
        builder.HasIndex(v => v.Tier);
        builder.HasIndex(v => v.VisitingCountryId);
        builder.HasIndex(v => v.HostCountryId);
        // A relation's visits in date order, and its count and latest visit for the relations index, from the index alone.
        builder.HasIndex(v => new { v.RelationId, v.StartDate });
        builder.HasOne(v => v.Relation).WithMany(r => r.Visits).HasForeignKey(v => v.RelationId).OnDelete(DeleteBehavior.Cascade);
        builder.HasOne(v => v.VisitingCountry).WithMany().HasForeignKey(v => v.VisitingCountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(v => v.HostCountry).WithMany().HasForeignKey(v => v.HostCountryId).OnDelete(DeleteBehavior.Restrict);
        builder.HasMany(v => v.Participants).WithOne(p => p.Visit).HasForeignKey(p => p.VisitId).OnDelete(DeleteBehavior.Cascade);
    }
}

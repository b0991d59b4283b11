using BilateralRelations.Web.Data.Entities;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace BilateralRelations.Web.Data.Configurations;

internal sealed class VisitParticipantConfiguration : IEntityTypeConfiguration<VisitParticipant>
{
    public void Configure(EntityTypeBuilder<VisitParticipant> builder)
    {
        builder.HasIndex(p => new { p.VisitId, p.Position }).IsUnique();
        // A person's visits (/visits?person=, a person's page) straight from the index, without reading each row.
        builder.HasIndex(p => new { p.PersonId, p.VisitId });
        builder.HasOne(p => p.Person).WithMany(p => p.Visits).HasForeignKey(p => p.PersonId).OnDelete(DeleteBehavior.Restrict);
    }
}
